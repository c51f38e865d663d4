package dev.jango.gateway;

import java.time.Instant;

/**
 * Formats dates the way HTTP sends them: the IMF-fixdate of RFC 9110 5.6.7, for example
 * {@code Sun, 06 Nov 1994 08:49:37 GMT} (day of month always two digits, time in UTC). The one formatter for every
 * date Jango writes: {@code Date}, {@code Last-Modified}, {@code Expires}, cookies' {@code expires}, and any other.
 * Like Django's {@code http_date}.
 */
public final class HttpDate {

    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"}; // 1970-01-01: Thursday
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};
    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years four digits can hold. */
    private static final long FIRST = -62135596800L;
    private static final long LAST = 253402300799L;

    private HttpDate() {}

    /**
     * The IMF-fixdate of {@code instant}, its fraction of a second dropped.
     *
     * @throws IllegalArgumentException outside the years 1 to 9999, which the form cannot write
     */
    public static String format(Instant instant) {
        return format(instant.getEpochSecond());
    }

    /**
     * The IMF-fixdate of the second {@code epochSecond} seconds after 1970-01-01T00:00:00Z.
     *
     * @throws IllegalArgumentException outside the years 1 to 9999, which the form cannot write
     */
    public static String format(long epochSecond) {
        if (epochSecond < FIRST || epochSecond > LAST) {
            throw new IllegalArgumentException("An HTTP date has a four-digit year (1 to 9999); "
                    + Instant.ofEpochSecond(epochSecond) + " is outside");
        }
        long days = Math.floorDiv(epochSecond, 86_400);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
        // Civil date from days since the epoch (H. Hinnant's algorithm, proleptic Gregorian calendar).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        char[] out = new char[29];
        DAYS[(int) Math.floorMod(days, 7)].getChars(0, 3, out, 0);
        out[3] = ',';
        out[4] = ' ';
        two(day, out, 5);
        out[7] = ' ';
        MONTHS[month - 1].getChars(0, 3, out, 8);
        out[11] = ' ';
        two((int) (year / 100), out, 12);
        two((int) (year % 100), out, 14);
        out[16] = ' ';
        two(secondOfDay / 3600, out, 17);
        out[19] = ':';
        two(secondOfDay / 60 % 60, out, 20);
        out[22] = ':';
        two(secondOfDay % 60, out, 23);
        " GMT".getChars(0, 4, out, 25);
        return new String(out);
    }

    private static void two(int value, char[] out, int at) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
    }
}

package dev.jango.core.signing;

/** Django's base62 ({@code django.utils.baseconv.base62}): digits, then upper case, then lower case. */
final class Base62 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Base62() {}

    /** Return {@code n} in base62, with a leading '-' when negative. */
    static String encode(long n) {
        if (n == 0) {
            return "0";
        }
        StringBuilder digits = new StringBuilder();
        long rest = n;
        while (rest != 0) {
            digits.append(ALPHABET.charAt((int) Math.abs(rest % 62)));
            rest /= 62;
        }
        return (n < 0 ? digits.append('-') : digits).reverse().toString();
    }

    /**
     * Return the number {@code text} spells in base62.
     *
     * @throws NumberFormatException when it is empty, has a character outside the alphabet or does not fit a long
     */
    static long decode(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        if (digits.isEmpty()) {
            throw new NumberFormatException("empty base62 number");
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = ALPHABET.indexOf(digits.charAt(i));
            if (digit < 0) {
                throw new NumberFormatException("'" + digits.charAt(i) + "' is not a base62 digit");
            }
            try {
                n = Math.addExact(Math.multiplyExact(n, 62), digit);
            } catch (ArithmeticException e) {
                throw new NumberFormatException("base62 number too large");
            }
        }
        return negative ? -n : n;
    }
}

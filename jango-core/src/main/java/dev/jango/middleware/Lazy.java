package dev.jango.middleware;

import java.util.function.Supplier;

/** Text computed only when a template renders it (a CSRF token, a CSP nonce), then kept. */
final class Lazy implements CharSequence {
    private final Supplier<String> supplier;
    private String text;

    Lazy(Supplier<String> supplier) {
        this.supplier = supplier;
    }

    @Override
    public String toString() {
        if (text == null) {
            text = supplier.get();
        }
        return text;
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }
}

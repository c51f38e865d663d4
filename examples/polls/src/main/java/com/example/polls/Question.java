package com.example.polls;

import java.time.Instant;

/** A poll question. */
public record Question(long id, String questionText, Instant pubDate) {}

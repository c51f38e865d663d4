package com.example.polls;

/** One answer to a question, with its vote count. */
public record Choice(long id, long questionId, String choiceText, int votes) {}

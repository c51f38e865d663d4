package com.example.polls;

import dev.jango.core.exceptions.Http404;
import dev.jango.db.Db;
import dev.jango.http.Redirect;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.contrib.messages.Messages;
import dev.jango.template.Templates;
import dev.jango.views.Kwargs;
import dev.jango.urls.Urls;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The tutorial's views (parts 1 to 4), plus a staff page to add questions. */
final class PollsViews {

    private PollsViews() {}

    static Response index(Request request, Kwargs kwargs) {
        List<Question> latest = Db.of(request).query("select id, question_text, pub_date from polls_question "
                + "where pub_date <= ? order by pub_date desc, id desc limit 5", Question.class, Instant.now());
        return Templates.render(request, "polls/index.html", Map.of("latest_question_list", latest));
    }

    static Response detail(Request request, Kwargs kwargs) {
        return Templates.render(request, "polls/detail.html", context(request, kwargs.getInt("question_id")));
    }

    static Response results(Request request, Kwargs kwargs) {
        return Templates.render(request, "polls/results.html", context(request, kwargs.getInt("question_id")));
    }

    static Response vote(Request request, Kwargs kwargs) {
        long questionId = kwargs.getInt("question_id");
        Map<String, Object> context = context(request, questionId);
        String choice = request.form().get("choice");
        long choiceId;
        try {
            choiceId = Long.parseLong(choice == null ? "" : choice);
        } catch (NumberFormatException e) {
            choiceId = -1;
        }
        // the database adds one, so concurrent votes are never lost
        int updated = Db.of(request).update("update polls_choice set votes = votes + 1 where id = ? and question_id = ?",
                choiceId, questionId);
        if (updated == 0) {
            context.put("error_message", "You didn't select a choice.");
            return Templates.render(request, "polls/detail.html", context);
        }
        Messages.success(request, "Thanks for voting!");
        return Redirect.seeOther(Urls.reverse("polls:results", questionId));
    }

    static Response addQuestion(Request request, Kwargs kwargs) {
        if (!request.method().equals("POST")) {
            return Templates.render(request, "staff/add_question.html", Map.of());
        }
        String text = request.form().get("question", "").strip();
        List<String> choices = request.form().getList("choice").stream().map(String::strip).filter(c -> !c.isEmpty())
                .toList();
        if (text.isEmpty() || text.length() > 200 || choices.size() < 2 || choices.stream().anyMatch(c -> c.length() > 200)) {
            return Templates.render(request, "staff/add_question.html", Map.of("question", text,
                    "error_message", "A question (up to 200 characters) needs at least two choices."));
        }
        Db db = Db.of(request);
        long id = db.insert("insert into polls_question (question_text, pub_date) values (?, ?)", "id", text,
                Instant.now());
        for (String choice : choices) {
            db.update("insert into polls_choice (question_id, choice_text) values (?, ?)", id, choice);
        }
        Messages.success(request, "Question added.");
        return Redirect.seeOther(Urls.reverse("polls:detail", id));
    }

    private static Map<String, Object> context(Request request, long questionId) {
        Db db = Db.of(request);
        Question question = db.queryOne("select id, question_text, pub_date from polls_question where id = ? "
                + "and pub_date <= ?", Question.class, questionId, Instant.now())
                .orElseThrow(() -> new Http404("No question " + questionId));
        List<Choice> choices = db.query("select id, question_id, choice_text, votes from polls_choice "
                + "where question_id = ? order by id", Choice.class, questionId);
        Map<String, Object> context = new java.util.HashMap<>();
        context.put("question", question);
        context.put("choices", choices);
        return context;
    }
}

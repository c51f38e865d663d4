insert into polls_question (question_text, pub_date) values ('What''s up?', current_timestamp);
insert into polls_choice (question_id, choice_text) select id, 'Not much' from polls_question where question_text = 'What''s up?';
insert into polls_choice (question_id, choice_text) select id, 'The sky' from polls_question where question_text = 'What''s up?';
insert into polls_question (question_text, pub_date) values ('Tea or coffee?', current_timestamp);
insert into polls_choice (question_id, choice_text) select id, 'Tea' from polls_question where question_text = 'Tea or coffee?';
insert into polls_choice (question_id, choice_text) select id, 'Coffee' from polls_question where question_text = 'Tea or coffee?';

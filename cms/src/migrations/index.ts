import * as migration_20261121_223736_initial from './20261121_223736_initial';
import * as migration_20261122_001536_users_login_id from './20261122_001536_users_login_id';
import * as migration_20261122_001849_study_tracking from './20261122_001849_study_tracking';
import * as migration_20261122_023113_campaigns from './20261122_023113_campaigns';
import * as migration_20261130_030821_campaign_export_job from './20261130_030821_campaign_export_job';
import * as migration_20261130_071500_campaign_summaries from './20261130_071500_campaign_summaries';
import * as migration_20261206_001336_quiz_reveal_answers from './20261206_001336_quiz_reveal_answers';
import * as migration_20261206_001827_sign_in_throttle from './20261206_001827_sign_in_throttle';
import * as migration_20261206_001941_credited_study_time from './20261206_001941_credited_study_time';
import * as migration_20261206_011812_media_readers from './20261206_011812_media_readers';
import * as migration_20261206_031604_review_submitted_by from './20261206_031604_review_submitted_by';
import * as migration_20261206_031700_content_changes from './20261206_031700_content_changes';
import * as migration_20261206_063457_questions from './20261206_063457_questions';
import * as migration_20261206_064051_media_object_storage from './20261206_064051_media_object_storage';
import * as migration_20261206_064627_daily_quiz from './20261206_064627_daily_quiz';
import * as migration_20261206_072439_question_truth_checkbox from './20261206_072439_question_truth_checkbox';
import * as migration_20261206_073135_contests from './20261206_073135_contests';
import * as migration_20261206_073200_contest_results from './20261206_073200_contest_results';
import * as migration_20261206_101046_campaign_bank_questions from './20261206_101046_campaign_bank_questions';
import * as migration_20261206_101313_topic_quizzes from './20261206_101313_topic_quizzes';
import * as migration_20261206_134102_member_changes from './20261206_134102_member_changes';
import * as migration_20261207_115728_own_tables from './20261207_115728_own_tables';

export const migrations = [
  {
    up: migration_20261121_223736_initial.up,
    down: migration_20261121_223736_initial.down,
    name: '20261121_223736_initial',
  },
  {
    up: migration_20261122_001536_users_login_id.up,
    down: migration_20261122_001536_users_login_id.down,
    name: '20261122_001536_users_login_id',
  },
  {
    up: migration_20261122_001849_study_tracking.up,
    down: migration_20261122_001849_study_tracking.down,
    name: '20261122_001849_study_tracking',
  },
  {
    up: migration_20261122_023113_campaigns.up,
    down: migration_20261122_023113_campaigns.down,
    name: '20261122_023113_campaigns',
  },
  {
    up: migration_20261130_030821_campaign_export_job.up,
    down: migration_20261130_030821_campaign_export_job.down,
    name: '20261130_030821_campaign_export_job',
  },
  {
    up: migration_20261130_071500_campaign_summaries.up,
    down: migration_20261130_071500_campaign_summaries.down,
    name: '20261130_071500_campaign_summaries',
  },
  {
    up: migration_20261206_001336_quiz_reveal_answers.up,
    down: migration_20261206_001336_quiz_reveal_answers.down,
    name: '20261206_001336_quiz_reveal_answers',
  },
  {
    up: migration_20261206_001827_sign_in_throttle.up,
    down: migration_20261206_001827_sign_in_throttle.down,
    name: '20261206_001827_sign_in_throttle',
  },
  {
    up: migration_20261206_001941_credited_study_time.up,
    down: migration_20261206_001941_credited_study_time.down,
    name: '20261206_001941_credited_study_time',
  },
  {
    up: migration_20261206_011812_media_readers.up,
    down: migration_20261206_011812_media_readers.down,
    name: '20261206_011812_media_readers',
  },
  {
    up: migration_20261206_031604_review_submitted_by.up,
    down: migration_20261206_031604_review_submitted_by.down,
    name: '20261206_031604_review_submitted_by',
  },
  {
    up: migration_20261206_031700_content_changes.up,
    down: migration_20261206_031700_content_changes.down,
    name: '20261206_031700_content_changes',
  },
  {
    up: migration_20261206_063457_questions.up,
    down: migration_20261206_063457_questions.down,
    name: '20261206_063457_questions',
  },
  {
    up: migration_20261206_064051_media_object_storage.up,
    down: migration_20261206_064051_media_object_storage.down,
    name: '20261206_064051_media_object_storage',
  },
  {
    up: migration_20261206_064627_daily_quiz.up,
    down: migration_20261206_064627_daily_quiz.down,
    name: '20261206_064627_daily_quiz',
  },
  {
    up: migration_20261206_072439_question_truth_checkbox.up,
    down: migration_20261206_072439_question_truth_checkbox.down,
    name: '20261206_072439_question_truth_checkbox',
  },
  {
    up: migration_20261206_073135_contests.up,
    down: migration_20261206_073135_contests.down,
    name: '20261206_073135_contests',
  },
  {
    up: migration_20261206_073200_contest_results.up,
    down: migration_20261206_073200_contest_results.down,
    name: '20261206_073200_contest_results',
  },
  {
    up: migration_20261206_101046_campaign_bank_questions.up,
    down: migration_20261206_101046_campaign_bank_questions.down,
    name: '20261206_101046_campaign_bank_questions',
  },
  {
    up: migration_20261206_101313_topic_quizzes.up,
    down: migration_20261206_101313_topic_quizzes.down,
    name: '20261206_101313_topic_quizzes',
  },
  {
    up: migration_20261206_134102_member_changes.up,
    down: migration_20261206_134102_member_changes.down,
    name: '20261206_134102_member_changes',
  },
  {
    up: migration_20261207_115728_own_tables.up,
    down: migration_20261207_115728_own_tables.down,
    name: '20261207_115728_own_tables'
  },
];

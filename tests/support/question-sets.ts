export { currentQuestionSet, questionSets, type QuestionSetFile } from '../../scripts/lib/question-sets.ts';

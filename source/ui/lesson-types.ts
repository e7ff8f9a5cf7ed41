// What the Learn screens show: the lessons source/content loads (command questions carry
// their own setup, checks and solution).
export type { Lesson as LessonView, Question as QuizQuestion, Section as LessonSection } from '../content/types.js';

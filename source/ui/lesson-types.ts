// What the Learn screens need of a lesson: the shape source/content's loader produces.
export interface LessonSection { heading: string; body: string }
export interface QuizQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'command';
  question: string;
  choices?: string[];
  answer?: number | number[];
  explain: string;
}
export interface LessonView { id: string; title: string; topic: string; sections: LessonSection[]; quiz: QuizQuestion[] }

// Interface text for embedded quizzes and the embed panel.
export const embed = {};

// Interface text for saved progress and the course page's status.
export const progress = {};

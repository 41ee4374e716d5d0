// Interface text for the teacher guide, assignments and class results.
export const teach = {};

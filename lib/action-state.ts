export type ActionState = {
  error?: string;
  success?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** extra lines to show once, e.g. recovery codes */
  list?: string[];
};

export type ActionState = {
  error?: string;
  success?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** extra lines to show once, e.g. recovery codes */
  list?: string[];
  /** a secret shown once to whoever revealed it (documentation passwords, license keys); never in a page */
  secret?: string;
};

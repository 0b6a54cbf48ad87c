export type RegisterFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: { name: string; email: string; role: string };
};

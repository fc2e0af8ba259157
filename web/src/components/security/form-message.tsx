import { CircleAlert, CircleCheck } from 'lucide-react';
import { Alert } from '../ui/alert';

/** A form's outcome: an error (announced at once) or a success note (announced politely). */
export function FormMessage({ error, success }: { error?: string; success?: string }) {
  if (error) {
    return (
      <Alert variant="destructive" role="alert">
        <CircleAlert aria-hidden="true" />
        <p>{error}</p>
      </Alert>
    );
  }
  if (success) {
    return (
      <Alert variant="success" role="status">
        <CircleCheck aria-hidden="true" />
        <p>{success}</p>
      </Alert>
    );
  }
  return null;
}

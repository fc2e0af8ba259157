import { CircleAlert, CircleCheck } from 'lucide-react';
import { Alert } from './ui/alert';

/** A form's outcome: an error (announced at once) or a success note (announced politely). */
export function FormMessage({
  error,
  success,
  id,
}: {
  error?: string;
  success?: string;
  /** For a control that points at the message with aria-describedby. */
  id?: string;
}) {
  if (error) {
    return (
      <Alert variant="destructive" role="alert" id={id}>
        <CircleAlert aria-hidden="true" />
        <p>{error}</p>
      </Alert>
    );
  }
  if (success) {
    return (
      <Alert variant="success" role="status" id={id}>
        <CircleCheck aria-hidden="true" />
        <p>{success}</p>
      </Alert>
    );
  }
  return null;
}

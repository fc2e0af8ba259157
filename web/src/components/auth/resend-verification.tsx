import { useMutation } from '@tanstack/react-query';
import { LoaderCircle, Send } from 'lucide-react';
import { useEffect, useState } from 'react';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { tryAgainIn } from '../../lib/form-errors';
import { EMAIL_RESEND_SECONDS, requestVerificationEmail } from '../../lib/recovery';
import { cn } from '../../lib/utils';
import { Button, type ButtonProps } from '../ui/button';

/** Seconds left until `until` (a Date.now() value), ticking once a second; 0 when passed. */
function useCountdown(until: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [until]);
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1_000));
}

/**
 * Asks for a new confirmation link. After a send, and when the server says to wait, the button
 * waits too, since the server sends one email a minute at most and quietly drops the rest.
 */
export function ResendVerification({
  email,
  size = 'sm',
  className,
}: {
  email: string;
  size?: ButtonProps['size'];
  className?: string;
}) {
  const [waitUntil, setWaitUntil] = useState<number>();
  const secondsLeft = useCountdown(waitUntil);
  const resend = useMutation({
    mutationFn: requestVerificationEmail,
    onSuccess: () => setWaitUntil(Date.now() + EMAIL_RESEND_SECONDS * 1_000),
    onError: (error) => {
      if (isApiError(error) && error.retryAfterSeconds) {
        setWaitUntil(Date.now() + error.retryAfterSeconds * 1_000);
      }
    },
  });
  const waiting = secondsLeft > 0;

  let message: string | undefined;
  if (resend.isSuccess) message = `Sent. Check the inbox of ${email} (and the spam folder).`;
  else if (resend.isError) {
    message =
      isApiError(resend.error) && resend.error.code === 'RATE_LIMITED'
        ? `Too many emails asked for. ${tryAgainIn(resend.error)}`
        : `${describeError(resend.error).title}. ${describeError(resend.error).hint}`;
  }

  return (
    <div className={cn('flex flex-wrap items-center gap-x-3 gap-y-2', className)}>
      <Button
        type="button"
        variant="outline"
        size={size}
        className="bg-background"
        aria-disabled={resend.isPending || waiting || undefined}
        onClick={() => {
          if (!resend.isPending && !waiting) resend.mutate();
        }}
      >
        {resend.isPending ? (
          <LoaderCircle className="animate-spin" aria-hidden="true" />
        ) : (
          <Send aria-hidden="true" />
        )}
        {waiting ? `Send again in ${secondsLeft} s` : 'Send a new link'}
      </Button>
      <p
        role="status"
        className={cn('text-sm', resend.isError ? 'text-destructive' : 'text-muted-foreground')}
      >
        {message}
      </p>
    </div>
  );
}

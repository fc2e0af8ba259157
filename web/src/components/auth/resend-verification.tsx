import { useMutation } from '@tanstack/react-query';
import { LoaderCircle, Send } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { tryAgainIn } from '../../lib/form-errors';
import { EMAIL_RESEND_SECONDS, requestVerificationEmail } from '../../lib/recovery';
import { cn } from '../../lib/utils';
import { Button, type ButtonProps } from '../ui/button';

/** Seconds left of a wait started with `start`, ticking once a second; 0 when over. */
function useCountdown(): [number, (seconds: number) => void] {
  const [clock, setClock] = useState<{ until: number; now: number }>();
  useEffect(() => {
    if (!clock || clock.now >= clock.until) return;
    const timer = setTimeout(() => setClock({ ...clock, now: Date.now() }), 1_000);
    return () => clearTimeout(timer);
  }, [clock]);
  const start = useCallback((seconds: number) => {
    const now = Date.now();
    setClock({ until: now + seconds * 1_000, now });
  }, []);
  const left = clock ? Math.max(0, Math.ceil((clock.until - clock.now) / 1_000)) : 0;
  return [left, start];
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
  const [secondsLeft, startWaiting] = useCountdown();
  const resend = useMutation({
    mutationFn: requestVerificationEmail,
    onSuccess: () => startWaiting(EMAIL_RESEND_SECONDS),
    onError: (error) => {
      if (isApiError(error) && error.retryAfterSeconds) startWaiting(error.retryAfterSeconds);
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

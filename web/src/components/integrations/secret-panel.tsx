import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import type { TConnectionWithSecret } from '../../../../contracts/integrations';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  };
  return (
    <div className="space-y-1.5">
      <p className="text-sm font-medium">{label}</p>
      <div className="flex items-center gap-2">
        <code
          data-testid={testId}
          className="min-w-0 flex-1 rounded-md border bg-muted px-3 py-2 font-mono text-xs break-all"
        >
          {value}
        </code>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => void copy()}
          aria-label={`Copy the ${label.toLowerCase()}`}
        >
          {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}

/** The webhook URL and the secret, which the server shows only this once. */
export function SecretPanel({ created }: { created: TConnectionWithSecret }) {
  const github = created.connection.platform === 'github';
  return (
    <div className="space-y-4">
      <CopyField label="Webhook URL" value={created.connection.webhookUrl} testId="webhook-url" />
      <CopyField label="Secret" value={created.secret} testId="webhook-secret" />
      <Alert>
        Copy the secret now: it is not shown again. If it is lost, rotate it to get a new one.
      </Alert>
      {github ? (
        <ol className="list-decimal space-y-1 pl-5 text-sm text-muted-foreground">
          <li>In the repository on GitHub, open Settings → Webhooks → Add webhook.</li>
          <li>Paste the webhook URL as the payload URL and the secret as the secret.</li>
          <li>
            Set the content type to <code>application/json</code>.
          </li>
          <li>Choose “Let me select individual events”: Releases and Pull requests.</li>
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">
          The platform signs each delivery with this secret; the format is described in the CareerOS
          documentation (docs/integrations.md).
        </p>
      )}
    </div>
  );
}

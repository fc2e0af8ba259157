import { Check, Copy, Download, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { backupCodesFile } from '../../lib/two-factor';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

/** The new backup codes, shown once, with ways to keep them. */
export function BackupCodes({
  codes,
  username,
  onDone,
}: {
  codes: readonly string[];
  username: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  useEffect(() => {
    if (copied !== 'yes') return;
    const timer = setTimeout(() => setCopied(undefined), 2_500);
    return () => clearTimeout(timer);
  }, [copied]);

  const text = () => backupCodesFile(codes, username, new Date());
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text()], { type: 'text/plain;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = 'careeros-backup-codes.txt';
    anchor.click();
    // The click has started the download; the object URL is not needed after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section aria-labelledby="backup-codes-title" className="grid gap-4">
      <div className="space-y-1.5">
        <h3 id="backup-codes-title" className="font-semibold">
          Save your backup codes
        </h3>
        <p className="text-sm text-muted-foreground">
          If you lose your phone, each of these codes lets you log in once instead of a code from
          the app. Keep them somewhere safe and private.
        </p>
      </div>
      <Alert variant="info">
        <TriangleAlert aria-hidden="true" />
        <p>This is the only time they are shown. New codes replace all of these.</p>
      </Alert>
      <ol
        aria-label="Backup codes"
        className="grid gap-2 rounded-lg border bg-muted/30 p-3 font-mono text-sm grid-cols-2 sm:p-4"
      >
        {codes.map((code) => (
          <li
            key={code}
            className="rounded-md bg-background px-3 py-1.5 text-center tracking-wider"
          >
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Button type="button" variant="outline" onClick={() => void copy()}>
          {copied === 'yes' ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied === 'yes' ? 'Copied' : 'Copy codes'}
        </Button>
        <Button type="button" variant="outline" onClick={download}>
          <Download aria-hidden="true" />
          Download as .txt
        </Button>
        <Button type="button" className="sm:ml-auto" onClick={onDone}>
          I have saved them
        </Button>
      </div>
      <p role="status" className="text-sm text-muted-foreground empty:hidden">
        {copied === 'yes' ? 'The codes are on the clipboard.' : null}
        {copied === 'failed' ? 'This browser did not allow copying; download them instead.' : null}
      </p>
    </section>
  );
}

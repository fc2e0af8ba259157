import { useQueryClient } from '@tanstack/react-query';
import { LoaderCircle, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type {
  TConnectionWithSecret,
  TIntegrationPlatform,
} from '../../../../contracts/integrations';
import { describeError } from '../../lib/errors';
import { createConnection, platformLabels, refreshIntegrations } from '../../lib/integrations';
import { FormMessage } from '../form-message';
import { Button } from '../ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '../ui/dialog';
import { Input } from '../ui/input';
import { Label } from '../ui/label';
import { Textarea } from '../ui/textarea';
import { SecretPanel } from './secret-panel';

const triggerText: Record<TIntegrationPlatform, string> = {
  github: 'Connect GitHub',
  generic: 'Connect a course platform',
};

/** Creates a connection, then shows its URL and secret once. */
export function ConnectDialog({ platform }: { platform: TIntegrationPlatform }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [repositories, setRepositories] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<TConnectionWithSecret>();

  const reset = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setCreated(undefined);
      setLabel('');
      setRepositories('');
      setMessage(undefined);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setMessage(undefined);
    try {
      const repos = repositories
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
      setCreated(
        await createConnection({
          platform,
          ...(label.trim() ? { label: label.trim() } : {}),
          ...(platform === 'github' ? { repositories: repos } : {}),
        }),
      );
      await refreshIntegrations(queryClient);
    } catch (error) {
      const described = describeError(error);
      setMessage(`${described.title}. ${described.hint}`);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button
          variant={platform === 'github' ? 'default' : 'outline'}
          className="w-full sm:w-auto"
        >
          <Plus aria-hidden="true" />
          {triggerText[platform]}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{created ? 'Connected' : triggerText[platform]}</DialogTitle>
          <DialogDescription>
            {created
              ? 'Give the platform this URL and secret.'
              : platform === 'github'
                ? 'Merged pull requests and published releases become projects on your record.'
                : 'Completed courses, certificates and badges become verified achievements.'}
          </DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <SecretPanel created={created} />
            <DialogFooter>
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={(e) => void submit(e)} className="space-y-4">
            <div className="space-y-1.5">
              <Label htmlFor={`label-${platform}`}>Label</Label>
              <Input
                id={`label-${platform}`}
                value={label}
                placeholder={platformLabels[platform]}
                maxLength={100}
                onChange={(e) => setLabel(e.target.value)}
              />
            </div>
            {platform === 'github' ? (
              <div className="space-y-1.5">
                <Label htmlFor="repositories">Repositories (optional)</Label>
                <Textarea
                  id="repositories"
                  value={repositories}
                  placeholder="octo-org/hello-world, one per line; empty accepts every repository"
                  onChange={(e) => setRepositories(e.target.value)}
                />
              </div>
            ) : null}
            <FormMessage error={message} />
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="outline">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit" disabled={pending}>
                {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
                Create connection
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

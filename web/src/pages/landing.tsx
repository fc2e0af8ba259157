import { useQuery } from '@tanstack/react-query';
import {
  ArrowRight,
  Briefcase,
  Code,
  Compass,
  Route,
  Scale,
  Server,
  Target,
  Trophy,
  UsersRound,
  type LucideIcon,
} from 'lucide-react';
import { Link } from 'react-router';
import { AccountDeletedNotice } from '../components/account/account-deleted-notice';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { skillListQuery } from '../lib/queries';
import { categoryLabels, skillCategories } from '../lib/skills';
import { useDocumentTitle } from '../lib/use-document-title';

interface Capability {
  icon: LucideIcon;
  title: string;
  body: string;
}

const capabilities: readonly Capability[] = [
  {
    icon: Compass,
    title: 'Discover careers that fit you',
    body: 'Explore roles that match your interests, strengths and experience, and learn what each one involves day to day.',
  },
  {
    icon: Target,
    title: 'See your skill gap',
    body: 'Compare the skills you have with the ones a target role asks for, and get a clear, prioritised list of what to learn next.',
  },
  {
    icon: Route,
    title: 'Follow a roadmap',
    body: 'Turn the gap into a step-by-step plan with milestones and resources, and watch your progress add up.',
  },
  {
    icon: Trophy,
    title: 'Record your achievements',
    body: 'Log wins as they happen. Your resume stays current, so you are ready the moment the right opportunity appears.',
  },
  {
    icon: Briefcase,
    title: 'Find and track opportunities',
    body: 'Collect jobs, projects and programmes in one place and follow every application from first contact to offer.',
  },
  {
    icon: UsersRound,
    title: 'Mentors, community and an AI coach',
    body: 'Learn from people who have walked the path, share progress with peers, and ask an AI coach when you are stuck.',
  },
];

const principles: readonly Capability[] = [
  {
    icon: Server,
    title: 'Runs on your own server',
    body: 'A single Node.js process with an embedded database. Add PostgreSQL and Redis when you outgrow it.',
  },
  {
    icon: Scale,
    title: 'Open source',
    body: 'Licensed under the AGPL. Read the code, adapt it to your organisation and keep your data where it belongs.',
  },
  {
    icon: Code,
    title: 'API first',
    body: 'Everything the interface does goes through a documented HTTP API you can build on.',
  },
];

export function LandingPage() {
  useDocumentTitle('Plan your career with clarity');
  const total = useQuery({
    ...skillListQuery({ limit: 1, offset: 0 }),
    select: (page) => page.total,
    retry: false,
  });

  return (
    <>
      <section
        aria-labelledby="hero-title"
        className="relative overflow-hidden border-b bg-[radial-gradient(ellipse_80%_60%_at_50%_-10%,color-mix(in_oklch,var(--color-primary)_18%,transparent),transparent)]"
      >
        <div className="mx-auto flex max-w-4xl flex-col items-center px-4 pt-16 pb-20 text-center sm:px-6 sm:pt-24 sm:pb-28">
          <AccountDeletedNotice />
          <Badge
            variant="outline"
            className="mb-6 bg-background/70 px-3 py-1 text-[0.8rem] text-muted-foreground shadow-xs"
          >
            Open source · Self-hostable
          </Badge>
          <h1
            id="hero-title"
            className="text-4xl font-bold tracking-tight text-balance sm:text-5xl md:text-6xl"
          >
            Plan your career <span className="text-primary">with clarity</span>
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-pretty text-muted-foreground sm:text-xl">
            CareerOS helps you discover careers that fit you, see exactly which skills stand between
            you and your next role, and follow a roadmap to get there, on a platform you can run
            yourself.
          </p>
          <div className="mt-10 flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
            <Button asChild size="lg">
              <Link to="/assessment">
                Take the interest assessment
                <ArrowRight aria-hidden="true" />
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link to="/careers">
                <Compass aria-hidden="true" />
                Explore careers
              </Link>
            </Button>
          </div>
        </div>
      </section>

      <section
        aria-labelledby="capabilities-title"
        className="mx-auto max-w-6xl px-4 py-20 sm:px-6"
      >
        <div className="mx-auto max-w-2xl text-center">
          <h2 id="capabilities-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
            From first idea to next offer
          </h2>
          <p className="mt-4 text-lg text-muted-foreground">
            One place to understand where you are, decide where to go, and keep a record of how you
            got there.
          </p>
        </div>
        <ul className="mt-14 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {capabilities.map(({ icon: Icon, title, body }) => (
            <li key={title} className="rounded-xl border bg-card p-6 shadow-xs dark:shadow-none">
              <div className="flex size-11 items-center justify-center rounded-lg bg-accent text-accent-foreground">
                <Icon className="size-5" aria-hidden="true" />
              </div>
              <h3 className="mt-5 text-lg font-semibold">{title}</h3>
              <p className="mt-2 text-sm leading-relaxed text-muted-foreground">{body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="catalog-title" className="border-y bg-muted/30">
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-20 sm:px-6 lg:grid-cols-[1fr_1.2fr] lg:items-center">
          <div>
            <h2 id="catalog-title" className="text-3xl font-bold tracking-tight">
              Start with the skills catalog
            </h2>
            <p className="mt-4 text-lg text-muted-foreground">
              Roles, roadmaps and achievements all speak the same language: a shared taxonomy of
              skills with their common aliases, so “JS” and “JavaScript” count as one.
              {total.data !== undefined ? (
                <>
                  {' '}
                  It already holds{' '}
                  <strong className="font-semibold text-foreground">
                    {total.data.toLocaleString()} skills
                  </strong>{' '}
                  across {skillCategories.length} categories.
                </>
              ) : null}
            </p>
            <Button asChild className="mt-8">
              <Link to="/skills">
                Explore all skills
                <ArrowRight aria-hidden="true" />
              </Link>
            </Button>
          </div>
          <nav aria-label="Skill categories">
            <ul className="grid grid-cols-2 gap-2">
              {skillCategories.map((category) => (
                <li key={category}>
                  <Link
                    to={`/skills?category=${category}`}
                    className="flex h-full items-center justify-between gap-2 rounded-lg border bg-card px-4 py-3 text-sm font-medium transition-colors outline-none hover:border-primary/50 hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    {categoryLabels[category]}
                    <ArrowRight className="size-4 text-muted-foreground" aria-hidden="true" />
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </section>

      <section aria-labelledby="principles-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
        <h2 id="principles-title" className="text-3xl font-bold tracking-tight">
          Yours to run
        </h2>
        <p className="mt-4 max-w-2xl text-lg text-muted-foreground">
          CareerOS is built for individuals, schools, bootcamps and companies that want a career
          platform without handing their people’s data to someone else.
        </p>
        <ul className="mt-10 grid gap-8 md:grid-cols-3">
          {principles.map(({ icon: Icon, title, body }) => (
            <li key={title} className="flex gap-4">
              <Icon className="mt-0.5 size-6 shrink-0 text-primary" aria-hidden="true" />
              <div>
                <h3 className="font-semibold">{title}</h3>
                <p className="mt-1 text-sm leading-relaxed text-muted-foreground">{body}</p>
              </div>
            </li>
          ))}
        </ul>
        <p className="mt-10 text-sm text-muted-foreground">
          Running your own instance?{' '}
          <Link
            to="/status"
            className="font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:underline"
          >
            Check its system status
          </Link>
          .
        </p>
      </section>
    </>
  );
}

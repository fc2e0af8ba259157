import { createBrowserRouter } from 'react-router';
import { GuestOnly, RequireAuth } from './components/auth/require-auth';
import { RootLayout } from './components/layout/root-layout';
import { adminRoutes } from './pages/admin/routes';
import { AccountPage } from './pages/account';
import { IntegrationsPage } from './pages/integrations';
import { AssessmentPage } from './pages/assessment';
import { AssessmentResultsPage } from './pages/assessment-results';
import { GapAnalysisPage } from './pages/gap-analysis';
import { RoadmapDetailPage } from './pages/roadmap-detail';
import { RoadmapNewPage } from './pages/roadmap-new';
import { RoadmapsPage } from './pages/roadmaps';
import { SharedRoadmapPage } from './pages/shared-roadmap';
import { CareersPage } from './pages/careers';
import { CoverLetterEditorPage } from './pages/cover-letter-editor';
import { CoverLettersPage } from './pages/cover-letters';
import { ForgotPasswordPage } from './pages/forgot-password';
import { BadgesPage } from './pages/badges';
import { AchievementsPage } from './pages/achievements';
import { GoalsPage } from './pages/goals';
import { LandingPage } from './pages/landing';
import { LoginPage } from './pages/login';
import { MySkillsPage } from './pages/my-skills';
import { NotFoundPage } from './pages/not-found';
import { OccupationDetailPage } from './pages/occupation-detail';
import { PlanPage } from './pages/plan';
import { ProfileEditPage } from './pages/profile-edit';
import { PublicProfilePage } from './pages/public-profile';
import { RegisterPage } from './pages/register';
import { ResetPasswordPage } from './pages/reset-password';
import { ResumeImportPage } from './pages/resume-import';
import { ResumeEditorPage } from './pages/resume-editor';
import { ResumesPage } from './pages/resumes';
import { PublicResumePage } from './pages/public-resume';
import { RouteError } from './pages/route-error';
import { SecurityPage } from './pages/security';
import { SkillDetailPage } from './pages/skill-detail';
import { SkillsPage } from './pages/skills';
import { SoftSkillsPage } from './pages/soft-skills';
import { StatusPage } from './pages/status';
import { VerifyEmailPage } from './pages/verify-email';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError withLayout />,
    children: [
      {
        // Errors inside a page render within the layout, keeping the navigation usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <LandingPage /> },
          { path: 'skills', element: <SkillsPage /> },
          { path: 'skills/:slug', element: <SkillDetailPage /> },
          { path: 'careers', element: <CareersPage /> },
          { path: 'careers/:code', element: <OccupationDetailPage /> },
          { path: 'status', element: <StatusPage /> },
          // Open to everyone: signed-out results stay in the tab; saved ones need an account.
          { path: 'assessment', element: <AssessmentPage /> },
          { path: 'assessment/results/:id', element: <AssessmentResultsPage /> },
          {
            path: 'resume',
            element: (
              <RequireAuth>
                <ResumesPage />
              </RequireAuth>
            ),
          },
          {
            path: 'resume/:id',
            element: (
              <RequireAuth>
                <ResumeEditorPage />
              </RequireAuth>
            ),
          },
          { path: 'r/:token', element: <PublicResumePage /> },
          {
            path: 'resume/import',
            element: (
              <RequireAuth>
                <ResumeImportPage />
              </RequireAuth>
            ),
          },
          {
            path: 'account/soft-skills',
            element: (
              <RequireAuth>
                <SoftSkillsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'login',
            element: (
              <GuestOnly>
                <LoginPage />
              </GuestOnly>
            ),
          },
          {
            path: 'register',
            element: (
              <GuestOnly>
                <RegisterPage />
              </GuestOnly>
            ),
          },
          {
            path: 'account',
            element: (
              <RequireAuth>
                <AccountPage />
              </RequireAuth>
            ),
          },
          {
            path: 'account/profile',
            element: (
              <RequireAuth>
                <ProfileEditPage />
              </RequireAuth>
            ),
          },
          {
            path: 'account/skills',
            element: (
              <RequireAuth>
                <MySkillsPage />
              </RequireAuth>
            ),
          },
          { path: 'u/:username', element: <PublicProfilePage /> },
          {
            path: 'achievements',
            element: (
              <RequireAuth>
                <AchievementsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'cover-letters',
            element: (
              <RequireAuth>
                <CoverLettersPage />
              </RequireAuth>
            ),
          },
          {
            path: 'cover-letters/:id',
            element: (
              <RequireAuth>
                <CoverLetterEditorPage />
              </RequireAuth>
            ),
          },
          {
            path: 'goals',
            element: (
              <RequireAuth>
                <GoalsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'badges',
            element: (
              <RequireAuth>
                <BadgesPage />
              </RequireAuth>
            ),
          },
          {
            path: 'plan',
            element: (
              <RequireAuth>
                <PlanPage />
              </RequireAuth>
            ),
          },
          ...adminRoutes,
          {
            path: 'account/integrations',
            element: (
              <RequireAuth>
                <IntegrationsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'account/security',
            element: (
              <RequireAuth>
                <SecurityPage />
              </RequireAuth>
            ),
          },
          {
            path: 'careers/:code/gaps',
            element: (
              <RequireAuth>
                <GapAnalysisPage />
              </RequireAuth>
            ),
          },
          {
            path: 'roadmaps',
            element: (
              <RequireAuth>
                <RoadmapsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'roadmaps/new',
            element: (
              <RequireAuth>
                <RoadmapNewPage />
              </RequireAuth>
            ),
          },
          {
            path: 'roadmaps/:id',
            element: (
              <RequireAuth>
                <RoadmapDetailPage />
              </RequireAuth>
            ),
          },
          { path: 'shared/roadmaps/:token', element: <SharedRoadmapPage /> },
          // Emailed links; open to everyone, signed in or not.
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

import { createBrowserRouter } from 'react-router';
import { GuestOnly, RequireAuth } from './components/auth/require-auth';
import { RootLayout } from './components/layout/root-layout';
import { adminRoutes } from './pages/admin/routes';
import { AccountPage } from './pages/account';
import { LandingPage } from './pages/landing';
import { LoginPage } from './pages/login';
import { NotFoundPage } from './pages/not-found';
import { ProfileEditPage } from './pages/profile-edit';
import { PublicProfilePage } from './pages/public-profile';
import { RegisterPage } from './pages/register';
import { RouteError } from './pages/route-error';
import { SkillDetailPage } from './pages/skill-detail';
import { SkillsPage } from './pages/skills';
import { StatusPage } from './pages/status';

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
          { path: 'status', element: <StatusPage /> },
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
          { path: 'u/:username', element: <PublicProfilePage /> },
          ...adminRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

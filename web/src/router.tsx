import { createBrowserRouter } from 'react-router';
import { RootLayout } from './components/layout/root-layout';
import { LandingPage } from './pages/landing';
import { NotFoundPage } from './pages/not-found';
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

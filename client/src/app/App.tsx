import type { i18n } from 'i18next';
import { lazy, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { CommunitiesPage } from '../community/CommunitiesPage';
import { JoinCodePage } from '../join/JoinCodePage';
import { JoinPage } from '../join/JoinPage';
import { NetworkPage } from '../network/NetworkPage';
import { ProgrammePage } from '../programme/ProgrammePage';
import { StartPage } from '../programme/StartPage';
import { Layout } from './Layout';
import { Loading } from './Loading';
import { NotFoundPage } from './NotFoundPage';

// Boards bring Yjs, y-websocket and IndexedDB (and tldraw for canvases): loaded when one is opened.
const BoardPage = lazy(() => import('../boards/BoardPage'));
const ProjectionPage = lazy(() => import('../projection/ProjectionPage'));

/** The routes: start, join, programme home (in the page frame) and boards (full screen). */
export function App({ i18n }: { i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<StartPage />} />
            <Route path="join" element={<JoinPage />} />
            <Route path="j" element={<JoinCodePage />} />
            <Route path="j/:code" element={<JoinCodePage />} />
            <Route path="programmes/:programmeId" element={<ProgrammePage />} />
            <Route path="networks/:networkId" element={<NetworkPage />} />
            <Route path="networks/:networkId/communities" element={<CommunitiesPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route
            path="programmes/:programmeId/boards/:boardId"
            element={
              <Suspense fallback={<Loading />}>
                <BoardPage />
              </Suspense>
            }
          />
          <Route
            path="programmes/:programmeId/project"
            element={
              <Suspense fallback={<Loading />}>
                <ProjectionPage />
              </Suspense>
            }
          />
        </Routes>
      </BrowserRouter>
    </I18nextProvider>
  );
}

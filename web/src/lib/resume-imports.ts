import { z } from 'zod';
import type { TCreateAchievementRequest } from '../../../contracts/achievements';
import {
  RESUME_IMPORT_MAX_BYTES,
  ZResumeImport,
  type TProposedAchievement,
} from '../../../contracts/resume-imports';
import { createAchievement } from './achievements';
import { apiRequest } from './api';

export const RESUME_LIMIT_LABEL = '10 MB';

export function uploadResume(file: File) {
  const form = new FormData();
  form.append('file', file);
  return apiRequest('POST', '/api/resume-imports', ZResumeImport, { body: form });
}

export const deleteResumeImport = (id: string) =>
  apiRequest('DELETE', `/api/resume-imports/${encodeURIComponent(id)}`, z.unknown());

/** Saves one reviewed record; the achievements module adds its skills and updates the resume. */
export function saveAchievement(proposal: TProposedAchievement) {
  const body: TCreateAchievementRequest = {
    ...proposal,
    highlights: proposal.highlights.map((h) => h.trim()).filter(Boolean),
    origin: 'import',
  };
  return createAchievement(body);
}

/** The server decides by content; this only spares an upload that would surely be refused. */
export function resumeFileProblem(file: File): string | undefined {
  if (file.size > RESUME_IMPORT_MAX_BYTES) {
    return `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${RESUME_LIMIT_LABEL}.`;
  }
  if (file.size === 0) return 'This file is empty.';
  if (!/\.(pdf|docx)$/i.test(file.name)) return 'Choose a PDF or DOCX file.';
  return undefined;
}

const fieldLabels: Record<string, string> = {
  type: 'Type',
  title: 'Title',
  organization: 'Organisation',
  startDate: 'Start date',
  endDate: 'End date',
  skills: 'Skills',
  highlights: 'Highlights',
};

/** "body.skills.1" -> "Skills"; the field a server error is about, for the card that sent it. */
export function fieldLabel(path: string): string {
  const field = path.replace(/^body\./, '').split('.')[0] ?? '';
  return fieldLabels[field] ?? field;
}

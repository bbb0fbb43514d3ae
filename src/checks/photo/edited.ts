import type { Check, PhotoRole, Severity } from '../../types.js';
import type { EditorKind } from '../../data/photo-software.js';
import { describePhoto, editorIn } from '../../photo/metadata.js';

// How much an editor's name weighs depends on what the photo is for: an ID-document photo
// should come from a camera or scanner untouched, a profile picture is routinely retouched.
const SEVERITY: Record<PhotoRole, Record<EditorKind, Severity | undefined>> = {
  id: { face: 'high', editor: 'medium', retouch: 'low' },
  selfie: { face: 'medium', editor: 'low', retouch: undefined },
  profile: { face: 'info', editor: 'info', retouch: undefined },
  other: { face: 'info', editor: 'info', retouch: undefined },
};

export const check: Check = {
  id: 'photo.edited',
  title: 'Photo was saved by editing software',
  description:
    'The photo metadata names an image editor (Photoshop, GIMP, Photopea, Pixelmator) or a face-altering app (FaceApp, Facetune). On an ID-document photo this means the picture passed through an editor after it was taken; public reporting describes stock photos altered with AI and editors to fit fake identities.',
  sources: ['knowbe4-2024-07-23', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask for the ID document itself (or a fresh photo of it taken during a video call) and compare it with the candidate on camera.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['idDocument.photo|idDocument.metadata|photos'],
  run({ gathered }) {
    return (gathered.photos ?? []).flatMap((photo) => {
      const editor = editorIn(photo.metadata ?? {});
      const severity = editor && SEVERITY[photo.role][editor.kind];
      if (!editor || !severity) return [];
      return [{ path: photo.path, evidence: `${describePhoto(photo)}: ${editor.field} is ${JSON.stringify(editor.value.slice(0, 80))} (${editor.name})`, severity }];
    });
  },
};

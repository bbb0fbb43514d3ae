import type { Check } from '../../types.js';
import { hammingDistance } from '../../photo/hash.js';
import { photoRules } from '../../data/photo.js';
import { describePhoto, editorIn } from '../../photo/metadata.js';

export const check: Check = {
  id: 'photo.thumbnail-mismatch',
  title: 'Embedded thumbnail shows a different picture',
  description:
    'A camera writes a small preview of the picture into the EXIF data. When the preview and the image differ, the image was replaced or changed after it was taken, and the tool that did it kept the old preview: the preview shows what the camera saw.',
  sources: ['knowbe4-2024-07-23', 'fbi-psa-2023-10-18'],
  recommendation: 'Look at the embedded thumbnail (exiftool -b -ThumbnailImage photo.jpg) next to the image, and ask for the original document.',
  severity: 'high',
  confidence: 'medium',
  needs: ['idDocument.photo|photos'],
  run({ gathered }) {
    const limit = photoRules().hash.thumbnailMismatchDistance;
    return (gathered.photos ?? []).flatMap((photo) => {
      if (!photo.hash || !photo.thumbnailHash) return [];
      const distance = hammingDistance(photo.hash, photo.thumbnailHash);
      if (distance <= limit) return [];
      const editor = editorIn(photo.metadata ?? {});
      const saved = editor ? `; saved by ${editor.name}` : '';
      return [
        {
          path: photo.path,
          evidence: `${describePhoto(photo)}: the EXIF thumbnail differs from the image (${distance} of 64 hash bits, over ${limit})${saved}`,
          severity: photo.role === 'id' || photo.role === 'selfie' ? 'high' : 'medium',
        },
      ];
    });
  },
};

/**
 * The data CLI's message for a file-system error it cannot fix (a read-only folder, a full disk, a
 * missing permission), instead of Node's stack trace. Undefined for any other error, which is a bug
 * and keeps its stack.
 */
import path from 'node:path';

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EBUSY: 'the file is in use by another program',
};

export function fileSystemMessage(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException | undefined;
  const code = e?.code;
  if (!code || !(code in WHY) || typeof e.path !== 'string') return undefined;
  // A temporary file or folder (`<name>.tmp-<pid>`) means its folder could not be written.
  const target = path.basename(e.path).includes('.tmp-') ? path.dirname(e.path) : e.path;
  const rel = path.relative(process.cwd(), target);
  const shown = (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : target).split(path.sep).join('/');
  const verb = target !== e.path || ['mkdir', 'rename', 'unlink', 'rmdir', 'copyfile', 'write'].includes(e.syscall ?? '') ? 'write to' : e.syscall === 'open' ? 'open' : 'read';
  return [
    `Could not ${verb} ${shown}: ${WHY[code]} (${code}${e.syscall ? ` in ${e.syscall}` : ''}).`,
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'Free some disk space, then run the command again.'
      : `Check that ${shown} is writable by you (\`ls -ld ${shown}\`: a read-only folder or mount cannot be edited), then run the command again.`,
    'Files are written under a temporary name and then renamed, so none was left half-written.',
  ].join('\n');
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A small ext4 file system on a loop device, mounted in the run's temporary folder (needs root). */
export interface LoopDisk {
  /** The data folder for a server (a folder inside the mount). */
  dataDir: string;
  /** Fills the disk with a filler file until the file system has no space left. */
  fill(): void;
  /** Removes the filler: space is back. */
  free(): void;
  /**
   * Makes the data folder read-only under a running server. A real `remount,ro` is refused while the
   * server holds its SQLite files open for writing (EBUSY), so the files and the folder are made
   * immutable instead (`chattr +i`): every write through the open files fails with EPERM, and no file
   * can be created, as on a volume that turned read-only.
   */
  readOnly(): void;
  writable(): void;
  /** Unmounts and removes the image and the mount point. */
  remove(): void;
}

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'pipe' });

/** Mounts a fresh ext4 of `megabytes` (no root reserve), or returns why it cannot on this machine. */
export function mountLoopDisk(megabytes: number): LoopDisk | string {
  if (process.getuid?.() !== 0) return 'not root: cannot mount a loop file system';
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-chaos-disk-'));
  const image = path.join(base, 'disk.img');
  const mountPoint = path.join(base, 'mnt');
  fs.mkdirSync(mountPoint);
  try {
    fs.writeFileSync(image, '');
    fs.truncateSync(image, megabytes * 1024 * 1024);
    run('mkfs.ext4', ['-q', '-F', '-m', '0', image]);
    run('mount', ['-o', 'loop', image, mountPoint]);
  } catch (error) {
    fs.rmSync(base, { recursive: true, force: true });
    return `cannot mount a loop file system here: ${(error as Error).message.split('\n')[0]}`;
  }
  const dataDir = path.join(mountPoint, 'data');
  fs.mkdirSync(dataDir);
  const filler = path.join(mountPoint, 'filler');
  const immutable = () => [dataDir, ...fs.readdirSync(dataDir).map((name) => path.join(dataDir, name))];
  return {
    dataDir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      const block = Buffer.alloc(1024 * 1024, 1);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch {
        // ENOSPC: full. Fill what is left in smaller pieces.
        const small = Buffer.alloc(4096, 1);
        try {
          for (;;) fs.writeSync(fd, small);
        } catch {}
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    readOnly() {
      run('chattr', ['+i', ...immutable()]);
    },
    writable() {
      try {
        run('chattr', ['-i', ...immutable()]);
      } catch {}
    },
    remove() {
      try {
        run('chattr', ['-R', '-i', dataDir]);
      } catch {}
      try {
        run('umount', [mountPoint]);
      } catch {
        run('umount', ['-l', mountPoint]);
      }
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

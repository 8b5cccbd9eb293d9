/// <reference types="node" />
/** Test support: runs the command line with in-memory stdout and stderr. */
import { Writable } from "node:stream";
import { main } from "../main.js";

/** A writable that keeps what is written. */
export class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

/** Runs `servicekpi ...args` and returns its exit code, stdout and stderr. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

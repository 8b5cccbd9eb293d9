#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `servicekpi` executable: runs the command line on this process's arguments and exits with
 * its code.
 *
 * @module
 */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

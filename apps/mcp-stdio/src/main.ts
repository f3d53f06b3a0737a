#!/usr/bin/env node
import { runStdioServer } from './run-stdio-server.js';

void runStdioServer();

/* gcc-escape: the check macro of the C tests (unit and report tests).

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   CHECK (NAME, COND) prints "PASS: NAME" or "FAIL: NAME (file:line)" and
   counts it in npass or nfail; testsuite/run.sh counts the lines.  */

#ifndef ESCAPE_TEST_CHECK_H
#define ESCAPE_TEST_CHECK_H

#include <stdio.h>

static int npass, nfail;

#define CHECK(name, cond)                                                   \
  do                                                                        \
    {                                                                       \
      if (cond)                                                             \
	{                                                                   \
	  npass++;                                                          \
	  printf ("PASS: %s\n", name);                                      \
	}                                                                   \
      else                                                                  \
	{                                                                   \
	  nfail++;                                                          \
	  printf ("FAIL: %s (%s:%d)\n", name, __FILE__, __LINE__);          \
	}                                                                   \
    }                                                                       \
  while (0)

#endif /* ESCAPE_TEST_CHECK_H */

/* gcc-escape: unit tests of lib/util (no GCC in the loop).

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The strict decimal parser of the plugin's arguments (sink=NAME:ARGNO,
   verbose=N, stack-limit=BYTES).  Prints "PASS: name" / "FAIL: name
   (file:line)" per check and "N passed, M failed"; exits 1 on a failure.  */

#include "escape/util.h"

#include <stdio.h>
#include <string.h>

#include "check.h"

/* Whether S parses as a decimal from MIN to MAX, giving WANT.  */
static int
parses (const char *s, long min, long max, long want)
{
  long v = -1;
  return esc_parse_decimal (s, strlen (s), min, max, &v) && v == want;
}

/* Whether S is refused, leaving *OUT alone.  */
static int
refused (const char *s, long min, long max)
{
  long v = -7;
  return !esc_parse_decimal (s, strlen (s), min, max, &v) && v == -7;
}

static void
test_decimal (void)
{
  CHECK ("decimal: 2", parses ("2", 1, 64, 2));
  CHECK ("decimal: 64 is the maximum", parses ("64", 1, 64, 64));
  CHECK ("decimal: 0 alone", parses ("0", 0, 9, 0));
  CHECK ("decimal: 1073741824", parses ("1073741824", 1, 1L << 30, 1L << 30));
  CHECK ("decimal: empty refused", refused ("", 0, 9));
  CHECK ("decimal: +2 refused", refused ("+2", 1, 64));
  CHECK ("decimal: -1 refused", refused ("-1", 0, 9));
  CHECK ("decimal: leading space refused", refused (" 2", 1, 64));
  CHECK ("decimal: trailing space refused", refused ("2 ", 1, 64));
  CHECK ("decimal: leading zero refused", refused ("01", 0, 9));
  CHECK ("decimal: 00 refused", refused ("00", 0, 9));
  CHECK ("decimal: hex refused", refused ("0x10", 0, 100));
  CHECK ("decimal: suffix refused", refused ("4k", 1, 1L << 30));
  CHECK ("decimal: below the minimum", refused ("0", 1, 64));
  CHECK ("decimal: above the maximum", refused ("65", 1, 64));
  CHECK ("decimal: overflow refused",
	 refused ("99999999999999999999999999", 0, 9));
  long v = -7;
  CHECK ("decimal: length bounds the text",
	 esc_parse_decimal ("12:3", 2, 1, 64, &v) && v == 12);
}

int
main (void)
{
  test_decimal ();
  printf ("%d passed, %d failed\n", npass, nfail);
  return nfail ? 1 : 0;
}

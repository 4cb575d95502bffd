/* Arguments: ARGNO is at most 64; 65 is malformed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=my_keep:65" } */
/* { dg-regexp "cc1: error: escape: bad value 'my_keep:65' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "ARGNO above 64" } */

#include "args-error.h"

import sys

from idlibmon.cli import main

sys.exit(main())

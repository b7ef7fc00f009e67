"""Pure library: bytes from the world in, typed signal events out. Imports nothing of Outrider's."""

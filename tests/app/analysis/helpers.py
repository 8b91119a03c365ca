"""Small helpers shared by the attribution tests."""

from app.analysis.attribution import SpeakerMemory, attribute
from app.analysis.tokens import tokenize


def speaker_of(result, start_of_text):
    """The speaker of the one unit of ``result`` whose text starts with ``start_of_text``."""
    (u,) = [u for u in result.units if u.text.lstrip().startswith(start_of_text)]
    return u.speaker


def speaker(text):
    """The speaker ``attribute`` finds in ``text`` taken as one unit, with nobody named before."""
    return attribute(text, tokenize(text), SpeakerMemory())

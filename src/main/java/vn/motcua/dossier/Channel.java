package vn.motcua.dossier;

/** How the dossier came in: at the one-stop desk, by post, or online through the portal. */
public enum Channel { COUNTER, POST, ONLINE }

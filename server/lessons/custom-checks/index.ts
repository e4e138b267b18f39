/** Loads every custom check so the registry knows them. Add one import per file in this folder. */
import "./deployment-reverted";

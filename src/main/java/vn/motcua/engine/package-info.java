/**
 * The engine adapter, kept thin: the only package that uses Camunda's internal API
 * ({@code org.camunda..impl..}). The engine clock as the one-stop shop's
 * {@link vn.motcua.calendar.BusinessClock}, {@link vn.motcua.engine.CamundaEngineAccess}, the working-time
 * business calendar, the Cockpit plugin (its frontend only), who is logged into the webapps
 * ({@link vn.motcua.engine.WebappSessions}), and the engine plugins that keep user input and analysts' models
 * from running code: the deployment allow-list, the query-expression guard, variable types, the modelling rules
 * and the dossier task listeners.
 */
package vn.motcua.engine;

/**
 * Moderation and formal appeals: flags, the review queue, moderation actions with their audit,
 * escalation of posts into appeals (өтініш) and the appeal life cycle on the working-day clock.
 * Depends on forum-api and reacts to its events; never imports the search module.
 */
package kz.kenes.moderation;

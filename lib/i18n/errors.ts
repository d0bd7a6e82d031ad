import type { Locale } from './locales';

/**
 * French for the validation and refusal messages that portal users can meet (the schemas and domain
 * functions speak English, shared with the admin section).
 */
const FR: Record<string, string> = {
  'Please correct the highlighted fields.': 'Veuillez corriger les champs signalés.',
  'Enter your logon name or e-mail.': 'Saisissez votre nom d’utilisateur ou votre e-mail.',
  'Enter your password.': 'Saisissez votre mot de passe.',
  'Enter your old password.': 'Saisissez votre ancien mot de passe.',
  'Password must be at least 10 characters.': 'Le mot de passe doit comporter au moins 10 caractères.',
  'Password must be at most 200 characters.': 'Le mot de passe doit comporter au plus 200 caractères.',
  'This password is too common. Choose one that is harder to guess.': 'Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.',
  'Password cannot be your logon name or e-mail address.': 'Le mot de passe ne peut pas être votre nom d’utilisateur ni votre adresse e-mail.',
  'Confirm the password.': 'Confirmez le mot de passe.',
  'The passwords do not match.': 'Les mots de passe ne correspondent pas.',
  'Logon name must be at least 4 characters.': 'Le nom d’utilisateur doit comporter au moins 4 caractères.',
  'Logon name must be at most 200 characters.': 'Le nom d’utilisateur doit comporter au plus 200 caractères.',
  "Logon name may only contain letters a–z and A–Z, digits, @, . and ! # $ % & ' * + - / = ? ^ _ ` { | } ~.":
    "Le nom d’utilisateur ne peut contenir que des lettres a–z et A–Z, des chiffres, @, . et ! # $ % & ' * + - / = ? ^ _ ` { | } ~.",
  'Logon name cannot start with a period.': 'Le nom d’utilisateur ne peut pas commencer par un point.',
  'Logon name cannot end with a period.': 'Le nom d’utilisateur ne peut pas se terminer par un point.',
  'Logon name cannot contain two periods in a row.': 'Le nom d’utilisateur ne peut pas contenir deux points consécutifs.',
  'This logon name is already taken.': 'Ce nom d’utilisateur est déjà pris.',
  'Enter the 6-digit code.': 'Saisissez le code à 6 chiffres.',
  'This dashboard is not available to you.': 'Ce tableau de bord ne vous est pas accessible.',
  'Set up two-factor authentication first.': 'Configurez d’abord l’authentification à deux facteurs.',
  'Choose a language.': 'Choisissez une langue.',
  'This link was already used.': 'Ce lien a déjà été utilisé.',
  'This link has expired.': 'Ce lien a expiré.',
  'This link is not valid.': 'Ce lien n’est pas valide.',
  'The old password is not correct.': 'L’ancien mot de passe n’est pas correct.',
  'That is already your logon name.': 'C’est déjà votre nom d’utilisateur.',
  'Keep at least one dashboard.': 'Conservez au moins un tableau de bord.',
  'Your session has ended. Please sign in again.': 'Votre session a pris fin. Veuillez vous reconnecter.',
  'That session was not found.': 'Cette session est introuvable.',
  'Write the note first.': 'Écrivez d’abord la note.',
  'Enter a title.': 'Saisissez un titre.',
  'Describe what you need.': 'Décrivez votre besoin.',
  'Write a message first.': 'Écrivez d’abord un message.',
  'This project has no one else to write to yet.': 'Ce projet n’a encore personne d’autre à qui écrire.',
  'Files can be at most 10 MB.': 'Les fichiers peuvent faire au plus 10 Mo.',
  'Remove the invisible control characters from this text.': 'Supprimez les caractères de contrôle invisibles de ce texte.',
  'That project was not found.': 'Ce projet est introuvable.',
  'That ticket was not found.': 'Ce ticket est introuvable.',
  'Preview is read-only: nothing was changed.': 'L’aperçu est en lecture seule : rien n’a été modifié.',
};

export function translateError(message: string, locale: Locale | string): string {
  return locale === 'fr' ? (FR[message] ?? message) : message;
}

// WeChat's navigation bar already names the page for TalkBack and VoiceOver (h5: PageHeading.tsx).
export function PageHeading(_props: { title?: string }) {
  return null;
}

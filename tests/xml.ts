/** XML files the build writes (KML, Atom, sitemap), read back as documents in Node for the tests. */
import { Window } from 'happy-dom';

const window = new Window();

/**
 * The document of an XML text. happy-dom's XML parser refuses CDATA sections, so each becomes the
 * same text escaped first, which XML reads alike.
 * @example parseXml('<a><![CDATA[<b>]]></a>').documentElement.textContent // '<b>'
 */
export function parseXml(xml: string): Document {
  const text = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  return new window.DOMParser().parseFromString(text, 'application/xml') as unknown as Document;
}

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Makes an RSS feed opened in a browser read as a page: what a feed is, how to subscribe, and the
  latest entries. Feed readers ignore this file. Colours follow the site's light and dark pairs.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="{/rss/channel/language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Feed: <xsl:value-of select="/rss/channel/title"/></title>
        <style>
          :root { color-scheme: light dark; --bg: light-dark(#ffffff, #14161a); --text: light-dark(#1c1e21, #e8e9eb);
            --muted: light-dark(#4a4f57, #b4b9c1); --accent: light-dark(#0b5cad, #8cc4ff); --surface: light-dark(#f4f5f7, #1f2228);
            --border: light-dark(#c9ced6, #3b4048); --focus: light-dark(#b3261e, #ffb4ab); }
          html { background: var(--bg); color: var(--text); font-family: system-ui, sans-serif; line-height: 1.6; }
          main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          a { color: var(--accent); }
          :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
          .about { background: var(--surface); border: 1px solid var(--border); border-radius: 0.4rem; padding: 0.75rem 1rem; }
          code { word-break: break-all; }
          ol { padding: 0; list-style: none; }
          li { padding: 0.75rem 0; border-bottom: 1px solid var(--border); }
          h3 { margin: 0 0 0.25rem; font-size: 1.15rem; }
          .meta { color: var(--muted); font-size: 0.95rem; margin: 0; }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <!-- data-ui: the interface's words, data-site-words: the site's inside them; the build
               writes each as its lang where the two languages differ (stylesheet.ts). -->
          <p><a href="{/rss/channel/link}" data-ui="">Visit the website</a></p>
          <section class="about" aria-labelledby="about-feeds" data-ui="">
            <h2 id="about-feeds">This is a web feed</h2>
            <p>
              A feed lets you follow this site in a feed reader: new entries arrive there
              automatically, in full, without an account or an algorithm.
            </p>
            <p>
              To subscribe, copy this page's address into your feed reader:
              <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code>
            </p>
            <p>
              No feed reader yet? Most are free, on the web, phones and desktops; search for
              "RSS reader" to find one.
            </p>
          </section>
          <h2 data-ui="">Latest entries</h2>
          <ol>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <!-- An entry in another language than the feed's: its title and summary say so. -->
                <xsl:variable name="lang" select="dc:language"/>
                <xsl:variable name="other" select="$lang and $lang != /rss/channel/language"/>
                <h3>
                  <a href="{link}">
                    <xsl:if test="$other">
                      <xsl:attribute name="lang"><xsl:value-of select="$lang"/></xsl:attribute>
                      <xsl:attribute name="dir">auto</xsl:attribute>
                    </xsl:if>
                    <xsl:value-of select="title"/>
                  </a>
                </h3>
                <p class="meta" data-ui="">Published <span data-site-words=""><xsl:call-template name="date"><xsl:with-param name="rss" select="pubDate"/></xsl:call-template></span></p>
                <p>
                  <xsl:if test="$other">
                    <xsl:attribute name="lang"><xsl:value-of select="$lang"/></xsl:attribute>
                    <xsl:attribute name="dir">auto</xsl:attribute>
                  </xsl:if>
                  <xsl:value-of select="description"/>
                </p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
  <!--
    An item's date, from its RSS date (`Thu, 05 Mar 2027 00:00:00 GMT`). The build writes this
    template anew, as the site's pages write a date in the site's language
    (src/lib/feeds/stylesheet.ts); as written here it shows the RSS date's own words.
  -->
  <xsl:template name="date">
    <xsl:param name="rss"/>
    <xsl:value-of select="substring($rss, 6, 11)"/>
  </xsl:template>
</xsl:stylesheet>

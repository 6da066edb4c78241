<?php
/**
 * Plugin Name:       ICC widgets
 * Description:       Cited explainers of the United States and the International Criminal Court: a block for each widget, the [icc_widget] shortcode, and embeds of the widgets' iframe page by address.
 * Version:           0.0.0-dev
 * Requires at least: 6.3
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       icc-widgets
 *
 * MIT, like the rest of icc-widgets: a licence compatible with the GPL (GPL-2.0-or-later), as WordPress asks.
 * Built by test/tools/build-wordpress.mjs, which adds assets/ (the package's script-tag build, content and
 * iframe embed page) and fallback/ (each widget's text for readers without JavaScript).
 *
 * @package icc-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'ICC_WIDGETS_VERSION', '0.0.0-dev' ); // The package's version, written in by the build.

/**
 * The widgets, by the name their block and the shortcode use: the element, and for its iframe a title and a
 * first height (the embed page then reports its own). As in src/elements/<tag>/widget.ts.
 */
const ICC_WIDGETS = array(
	'summary'        => array( 'tag' => 'icc-summary', 'label' => 'The review, cited, in six parts', 'height' => 1150 ),
	'us-position'    => array( 'tag' => 'us-icc-position', 'label' => 'The US stance by administration', 'height' => 1300 ),
	'stance-compare' => array( 'tag' => 'icc-stance-compare', 'label' => 'US and ICC positions, issue by issue', 'height' => 1300 ),
);
const ICC_WIDGETS_LANGUAGES = array( 'en', 'fr', 'es', 'ar' );
const ICC_WIDGETS_CONTENT_ID = '/^[a-z0-9-]{1,100}$/'; // issue, period and event ids.

add_action( 'init', 'icc_widgets_register' );
add_action( 'enqueue_block_assets', 'icc_widgets_editor_canvas' );
add_action( 'rest_api_init', 'icc_widgets_register_oembed_route' );

/** Scripts, blocks, shortcode and embed handler. */
function icc_widgets_register() {
	$assets = plugins_url( 'assets/', __FILE__ );
	// Registered only: the renderer enqueues them, so pages without a widget load nothing of ours.
	// The classic build finds content/ and i18n/ beside its own address.
	$deferred = array(
		'strategy'  => 'defer',
		'in_footer' => true,
	);
	wp_register_script( 'icc-widgets', $assets . 'icc-widgets.classic.js', array(), ICC_WIDGETS_VERSION, $deferred );
	wp_register_style( 'icc-widgets', $assets . 'icc-widgets.css', array(), ICC_WIDGETS_VERSION );
	wp_register_script( 'icc-widgets-embed-resize', $assets . 'icc-embed-resize.js', array(), ICC_WIDGETS_VERSION, $deferred );
	wp_register_script(
		'icc-widgets-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		ICC_WIDGETS_VERSION,
		false
	);
	foreach ( array_keys( ICC_WIDGETS ) as $name ) {
		register_block_type( __DIR__ . '/blocks/' . $name );
	}
	add_shortcode( 'icc_widget', 'icc_widgets_shortcode' );
	wp_embed_register_handler( 'icc-widgets', icc_widgets_embed_pattern(), 'icc_widgets_embed' );
}

/** The editor shows each block as the real widget: its canvas (an iframe in recent WordPress) needs the script. */
function icc_widgets_editor_canvas() {
	if ( is_admin() ) {
		wp_enqueue_script( 'icc-widgets' );
		wp_enqueue_style( 'icc-widgets' );
	}
}

/**
 * A widget's element with its settings as attributes, holding for readers without JavaScript its text
 * pre-rendered at build time in its language (the default view: a preselection shows once the script runs).
 * What is missing or invalid in $options is left out. Enqueues the script and the stylesheet.
 *
 * @param string $name    summary, us-position or stance-compare.
 * @param array  $options lang, theme, issue, period, event, headingLevel.
 * @param string $wrapper More attributes, already escaped (a block's wrapper attributes).
 * @return string HTML.
 */
function icc_widgets_render( $name, $options, $wrapper = '' ) {
	if ( ! is_string( $name ) || ! isset( ICC_WIDGETS[ $name ] ) ) {
		return '';
	}
	$tag        = ICC_WIDGETS[ $name ]['tag'];
	$attributes = array();
	if ( in_array( $options['lang'] ?? '', ICC_WIDGETS_LANGUAGES, true ) ) {
		$attributes['lang'] = $options['lang']; // Otherwise the widget takes the page's language.
	}
	if ( in_array( $options['theme'] ?? '', array( 'light', 'dark', 'auto' ), true ) ) {
		$attributes['theme'] = $options['theme'];
	}
	foreach ( array( 'issue', 'period', 'event' ) as $key ) {
		if ( is_string( $options[ $key ] ?? null ) && preg_match( ICC_WIDGETS_CONTENT_ID, $options[ $key ] ) ) {
			$attributes[ $key ] = $options[ $key ];
		}
	}
	$level                       = (int) ( $options['headingLevel'] ?? 2 );
	$attributes['heading-level'] = $level >= 2 && $level <= 6 ? $level : 2;

	wp_enqueue_script( 'icc-widgets' );
	wp_enqueue_style( 'icc-widgets' );

	$html = '<' . $tag . ( $wrapper ? ' ' . $wrapper : '' );
	foreach ( $attributes as $key => $value ) {
		$html .= ' ' . $key . '="' . esc_attr( $value ) . '"';
	}
	$lang = $attributes['lang'] ?? icc_widgets_page_language();
	return $html . '>' . icc_widgets_fallback( $tag, $lang, $attributes['heading-level'] ) . '</' . $tag . '>';
}

/**
 * The widget's plain copy (headings, paragraphs, tables, cited sources), written by the build with the package's
 * own renderer, which escapes every text and attribute value; the build refuses any element or attribute outside
 * a short list of text ones (so no script, style, frame or event handler) and any link that is not http(s).
 * The path is made of checked values only.
 *
 * @param string $tag   One of our tags.
 * @param string $lang  One of ICC_WIDGETS_LANGUAGES.
 * @param int    $level 2 to 6.
 * @return string HTML.
 */
function icc_widgets_fallback( $tag, $lang, $level ) {
	$file = __DIR__ . "/fallback/$tag/$lang-$level.html";
	return is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions -- a file of the plugin.
}

/** The shipped language the page is in (its <html lang>, which a widget without lang follows), else English. */
function icc_widgets_page_language() {
	$primary = strtolower( strtok( determine_locale(), '_-' ) );
	return in_array( $primary, ICC_WIDGETS_LANGUAGES, true ) ? $primary : 'en';
}

/**
 * [icc_widget name="stance-compare" issue="sanctions" lang="fr" theme="dark" heading-level="3"]
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string HTML.
 */
function icc_widgets_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'name'          => '',
			'lang'          => '',
			'theme'         => '',
			'issue'         => '',
			'period'        => '',
			'event'         => '',
			'heading-level' => 2,
		),
		$atts,
		'icc_widget'
	);
	$atts['headingLevel'] = $atts['heading-level'];
	return icc_widgets_render( $atts['name'], $atts );
}

/** Addresses of this plugin's iframe embed page, over http or https: …/assets/embed.html?widget=… */
function icc_widgets_embed_pattern() {
	$page = preg_replace( '#^https?:#', '', plugins_url( 'assets/embed.html', __FILE__ ) );
	return '#^https?:' . preg_quote( $page, '#' ) . '\?(.+)$#i';
}

/**
 * The embed an address of our embed page asks for, its query checked as embed.js checks it (README "In an
 * iframe"), or null when it names no widget. The iframe's address is rebuilt from the checked values only.
 *
 * @param string $url An address.
 * @return array|null src, title, height and id of the iframe.
 */
function icc_widgets_embed_for( $url ) {
	if ( ! is_string( $url ) || ! preg_match( icc_widgets_embed_pattern(), $url, $matches ) ) {
		return null;
	}
	parse_str( $matches[1], $query );
	$query  = array_filter( $query, 'is_string' );
	$widget = null;
	foreach ( ICC_WIDGETS as $entry ) {
		if ( ( $query['widget'] ?? '' ) === $entry['tag'] ) {
			$widget = $entry;
		}
	}
	if ( ! $widget ) {
		return null;
	}
	$patterns = array(
		'lang'          => '/^(en|fr|es|ar)$/',
		'theme'         => '/^(light|dark)$/',
		'issue'         => ICC_WIDGETS_CONTENT_ID,
		'period'        => ICC_WIDGETS_CONTENT_ID,
		'event'         => ICC_WIDGETS_CONTENT_ID,
		'variant'       => '/^(compact|full)$/',
		'heading-level' => '/^[1-6]$/',
	);
	// The resize script matches the iframe's data-icc-embed to this id; each message also names its frame.
	$args = array(
		'widget' => $widget['tag'],
		'id'     => $widget['tag'],
	);
	foreach ( $patterns as $key => $pattern ) {
		if ( isset( $query[ $key ] ) && preg_match( $pattern, $query[ $key ] ) ) {
			$args[ $key ] = $query[ $key ];
		}
	}
	return array(
		'src'    => plugins_url( 'assets/embed.html', __FILE__ ) . '?' . http_build_query( $args, '', '&' ),
		'title'  => 'Explainer: ' . $widget['label'],
		'height' => $widget['height'],
		'id'     => $widget['tag'],
	);
}

/**
 * The iframe of an embed.
 *
 * @param array  $embed From icc_widgets_embed_for().
 * @param string $width A width attribute.
 * @return string HTML.
 */
function icc_widgets_iframe( $embed, $width ) {
	return sprintf(
		'<iframe src="%s" title="%s" data-icc-embed="%s" width="%s" height="%d" loading="lazy" style="border: 0"></iframe>',
		esc_url( $embed['src'] ),
		esc_attr( $embed['title'] ),
		esc_attr( $embed['id'] ),
		esc_attr( $width ),
		$embed['height']
	);
}

/**
 * Embed handler: our embed page's address alone on a line of a post becomes its iframe, with no HTTP request
 * (also in the editor: its oEmbed proxy falls back to embed handlers), and the script that fits its height.
 *
 * @param array  $matches The pattern's matches.
 * @param array  $attr    Embed attributes.
 * @param string $url     The address.
 * @return string|false HTML, or false to leave the address as it is.
 */
function icc_widgets_embed( $matches, $attr, $url ) {
	$embed = icc_widgets_embed_for( $url );
	if ( ! $embed ) {
		return false;
	}
	wp_enqueue_script( 'icc-widgets-embed-resize' );
	return icc_widgets_iframe( $embed, '100%' );
}

/**
 * An oEmbed endpoint for other sites and CMSs: /wp-json/icc-widgets/v1/oembed?url=<an address of our embed page>.
 * This site needs none: the embed handler above answers first.
 */
function icc_widgets_register_oembed_route() {
	register_rest_route(
		'icc-widgets/v1',
		'/oembed',
		array(
			'methods'             => 'GET',
			'callback'            => 'icc_widgets_oembed',
			'permission_callback' => '__return_true',
			'args'                => array(
				'url' => array(
					'type'     => 'string',
					'required' => true,
				),
			),
		)
	);
}

/**
 * The oEmbed 1.0 "rich" response for an address of our embed page.
 *
 * @param WP_REST_Request $request The request.
 * @return array|WP_Error
 */
function icc_widgets_oembed( $request ) {
	$embed = icc_widgets_embed_for( $request['url'] );
	if ( ! $embed ) {
		return new WP_Error( 'icc_widgets_not_an_embed', 'Not an address of this site\'s icc-widgets embed page.', array( 'status' => 404 ) );
	}
	return array(
		'version'       => '1.0',
		'type'          => 'rich',
		'provider_name' => 'icc-widgets',
		'provider_url'  => home_url( '/' ),
		'title'         => $embed['title'],
		'width'         => 640,
		'height'        => $embed['height'],
		'html'          => icc_widgets_iframe( $embed, '640' ),
	);
}

/**
 * The block editor's side of the plugin: one block per widget, shown in the editor as the real widget (the plugin
 * puts the widgets' script in the editor canvas), its settings in the block's sidebar. Plain JavaScript on
 * WordPress's globals, no build step. The issue, administration and event lists come from the bundled review, so
 * editors pick by title; the server renders the blocks (save returns nothing).
 */
/* global wp, document, fetch, URL */
( function ( { blocks, element, blockEditor, components, i18n } ) {
	const { createElement: el, Fragment, useEffect, useState } = element;
	const { __ } = i18n;

	const TAGS = {
		'icc-widgets/summary': 'icc-summary',
		'icc-widgets/us-position': 'us-icc-position',
		'icc-widgets/stance-compare': 'icc-stance-compare',
	};
	const LANGUAGES = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' };
	// This file is at the plugin's root; the review sits beside the widgets' script, in assets/content/.
	const assets = new URL( 'assets/', document.currentScript.src );

	const reviews = new Map();
	const review = ( lang ) => {
		if ( ! reviews.has( lang ) ) {
			reviews.set( lang, fetch( new URL( `content/${ lang }.json`, assets ) ).then( ( response ) => response.json() ) );
		}
		return reviews.get( lang );
	};

	/** The bundled review in `lang`, once loaded. */
	function useReview( lang ) {
		const [ content, setContent ] = useState();
		useEffect( () => {
			let current = true;
			review( lang ).then( ( json ) => current && setContent( json ), () => current && setContent( undefined ) );
			return () => ( current = false );
		}, [ lang ] );
		return content;
	}

	/** The language the widget will show: its own, else the editor's when we ship it, else English. */
	const shownLanguage = ( lang ) => {
		const page = document.documentElement.lang.split( '-' )[ 0 ];
		return lang || ( page in LANGUAGES ? page : 'en' );
	};

	const choices = ( none, entries ) => [ { value: '', label: none }, ...entries.map( ( [ value, label ] ) => ( { value, label } ) ) ];

	function Edit( { name, attributes, setAttributes } ) {
		const content = useReview( shownLanguage( attributes.lang ) );
		const has = ( key ) => key in blocks.getBlockType( name ).attributes;
		const select = ( key, label, options, parse = String ) =>
			has( key ) &&
			el( components.SelectControl, {
				label,
				value: String( attributes[ key ] ),
				options,
				onChange: ( value ) => setAttributes( { [ key ]: parse( value ) } ),
			} );

		const issues = ( content?.issues ?? [] ).map( ( issue ) => [ issue.id, issue.title ] );
		const periods = ( content?.administrations ?? [] ).map( ( a ) => [ a.id, `${ a.president } (${ a.start.slice( 0, 4 ) })` ] );
		const events = ( content?.timeline ?? [] )
			.filter( ( event ) => ! attributes.period || event.administration === attributes.period )
			.map( ( event ) => [ event.id, `${ event.date } · ${ event.title }` ] );

		const settings = el(
			components.PanelBody,
			{ title: __( 'Widget', 'icc-widgets' ) },
			select( 'lang', __( 'Language', 'icc-widgets' ), choices( __( 'The post’s language', 'icc-widgets' ), Object.entries( LANGUAGES ) ) ),
			select( 'theme', __( 'Theme', 'icc-widgets' ), [
				{ value: 'light', label: __( 'Light', 'icc-widgets' ) },
				{ value: 'dark', label: __( 'Dark', 'icc-widgets' ) },
				{ value: 'auto', label: __( 'As the page', 'icc-widgets' ) },
			] ),
			select( 'headingLevel', __( 'Heading level', 'icc-widgets' ), [ 2, 3, 4, 5, 6 ].map( ( n ) => ( { value: String( n ), label: `H${ n }` } ) ), Number ),
			select( 'issue', __( 'Issue', 'icc-widgets' ), choices( __( 'None', 'icc-widgets' ), issues ) ),
			select( 'period', __( 'Administration', 'icc-widgets' ), choices( __( 'The latest', 'icc-widgets' ), periods ) ),
			select( 'event', __( 'Event', 'icc-widgets' ), choices( __( 'None', 'icc-widgets' ), events ) )
		);

		// The widget itself, with the attributes the server will print (empty ones left out).
		const widget = el( TAGS[ name ], {
			lang: attributes.lang || undefined,
			theme: attributes.theme,
			issue: attributes.issue || undefined,
			period: attributes.period || undefined,
			event: attributes.event || undefined,
			'heading-level': attributes.headingLevel,
		} );
		return el( Fragment, {}, el( blockEditor.InspectorControls, {}, settings ), el( 'div', blockEditor.useBlockProps(), widget ) );
	}

	for ( const name of Object.keys( TAGS ) ) {
		blocks.registerBlockType( name, { edit: Edit, save: () => null } );
	}
} )( wp );

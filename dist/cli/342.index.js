export const id = 342;
export const ids = [342];
export const modules = {

/***/ 342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);

// Placeholder until the capability lands; see the issue for `go-ci-kit explain`.
const explainCommand = {
    name: 'explain',
    summary: 'explain',
    help: 'Usage: go-ci-kit explain [--json]\n\nNot implemented yet.',
    async run() {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('go-ci-kit explain is not implemented yet');
    }
};


/***/ })

};
